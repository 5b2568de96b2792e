from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "protest_tracker.web"
    label = "web"
    verbose_name = "Public site and API"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from protest_tracker.web import summary

        summary.connect()  # every save or delete of an event recounts its summary rows
