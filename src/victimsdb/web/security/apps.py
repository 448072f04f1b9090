"""The security app, and the admin app configured to use the two-factor admin site."""

from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.core import checks
from django.db.models.signals import post_migrate


class StaffAdminConfig(admin_apps.AdminConfig):
    """`django.contrib.admin` whose default site requires a TOTP-verified staff user."""

    default = False  # named in INSTALLED_APPS; SecurityConfig is this module's default
    default_site = "victimsdb.web.security.admin_site.StaffAdminSite"


class SecurityConfig(AppConfig):
    name = "victimsdb.web.security"
    label = "security"
    verbose_name = "Security"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from victimsdb.web.security import checks as security_checks

        checks.register(security_checks.check_middleware, checks.Tags.security)
        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="victimsdb-security-roles")


def sync_roles_after_migrate(sender: AppConfig, using: str = "default", **kwargs: Any) -> None:
    """Bring the role groups in step once every app's permissions exist.

    post_migrate is sent once per app, in INSTALLED_APPS order, and each app's
    permissions are created on its own signal; waiting for the last app means
    the permissions of apps listed after this one are picked up too.
    """
    from django.apps import apps

    from victimsdb.web.security.roles import sync_roles
    from victimsdb.web.unapplied import has_unapplied_migrations

    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if not with_models or sender is not with_models[-1]:
        return
    # Not before auth's tables exist (`migrate contenttypes` alone): the roles are groups
    # of permissions, and use those there are; the next `migrate` syncs them again.
    if not has_unapplied_migrations(using, ("auth", "contenttypes")):
        sync_roles(using=using)
