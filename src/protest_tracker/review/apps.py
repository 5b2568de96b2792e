from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "protest_tracker.review"
    label = "review"
    verbose_name = "Review workspace"
    default_auto_field = "django.db.models.BigAutoField"
