from django.apps import AppConfig


class PublicConfig(AppConfig):
    """The public site: home, list of entries, entry pages."""

    name = "victimsdb.web.public"
    label = "public"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_migrate, post_save

        from victimsdb.web.public.freshness import after_migrations, bump
        from victimsdb.web.records import models

        # Connected after the records app's receivers (INSTALLED_APPS order), so a
        # person's derived fields are refreshed before the version moves.
        for model in (
            models.Person, models.Event, models.Place, models.PlaceName,
            models.Facility, models.FacilityName,
        ):  # fmt: skip
            for signal in (post_save, post_delete):
                signal.connect(bump, sender=model, dispatch_uid=f"public-bump-{model.__name__}")
        post_migrate.connect(after_migrations, dispatch_uid="public-after-migrations")
