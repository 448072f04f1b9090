from django.apps import AppConfig


class VaultConfig(AppConfig):
    """Encrypted fields, their keys and `victimsdb rotate-key`."""

    name = "victimsdb.web.vault"
    label = "vault"
    verbose_name = "Encryption at rest"

    def ready(self) -> None:
        from django.conf import settings

        from victimsdb.web.vault import checks  # noqa: F401  (registers the system checks)
        from victimsdb.web.vault.keyring import field_cipher

        if settings.PRODUCTION:
            field_cipher()  # in production, missing or bad keys stop the start here
