from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "protest_tracker.web"
    label = "web"
    verbose_name = "Public site and API"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from protest_tracker.web import article_cues, sources, summary, traction_store

        summary.connect()  # every save or delete of an event recounts its summary rows
        sources.connect()  # every save or delete of a report recounts its event's outlet rows
        traction_store.connect()  # ... and drops the stored traction of the campaigns it touches
        article_cues.connect()  # every save or delete of an article drops its stored concession cues
