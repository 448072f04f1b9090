from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "victimsdb.web.intake"
    label = "intake"
    verbose_name = "Intake and review"
