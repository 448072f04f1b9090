"""Django settings, read from the environment (see README, "Configuration").

The embedded default is SQLite in WAL mode in a data directory outside the code
(VICTIMSDB_DATA_DIR, default ./var); DATABASE_URL selects another database.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from typing import Any

import dj_database_url
from django.core.exceptions import ImproperlyConfigured


def envbool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def envint(name: str, default: int) -> int:
    return int(os.environ.get(name, str(default)))


def envlist(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def secret(name: str, default: str) -> str:
    """A secret from NAME, or from the file named by NAME_FILE."""
    path = os.environ.get(f"{name}_FILE")
    if path:
        return Path(path).read_text(encoding="utf-8").strip()
    return os.environ.get(name, default)


DATA_DIR = Path(os.environ.get("VICTIMSDB_DATA_DIR", Path.cwd() / "var")).resolve()
# VICTIMSDB_ENV=production refuses to start without a real secret and host names,
# never debugs, and turns every HTTPS protection on (see README, "Configuration").
ENVIRONMENT = os.environ.get("VICTIMSDB_ENV", "development").strip().lower()
if ENVIRONMENT not in {"development", "production"}:
    raise ImproperlyConfigured("VICTIMSDB_ENV must be 'development' or 'production'")
PRODUCTION = ENVIRONMENT == "production"
DEVELOPMENT_KEY = "insecure-development-key-change-me"
DEBUG = envbool("DEBUG", False)
SECRET_KEY = secret("SECRET_KEY", DEVELOPMENT_KEY)
ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver")
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("DEBUG must be false in production: debug pages show data")
if PRODUCTION and SECRET_KEY == DEVELOPMENT_KEY:
    raise ImproperlyConfigured("production needs SECRET_KEY or SECRET_KEY_FILE")
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("production needs ALLOWED_HOSTS (the site's host names)")
# Production also refuses to start without configured field keys (victimsdb.web.vault).

INSTALLED_APPS = [
    "victimsdb.web.security.apps.StaffAdminConfig",  # the admin, behind two-factor
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",  # its templates, for /sitemap.xml (victimsdb.web.public.sitemaps)
    "simple_history",
    "victimsdb.web.records",
    "victimsdb.web.public",
    "victimsdb.web.search",
    "victimsdb.web.api",
    "victimsdb.web.intake",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "victimsdb.web.security",
    "victimsdb.web.vault",
    "victimsdb.web.backups",
    "victimsdb.web.evidence",
]

MIDDLEWARE = [
    "victimsdb.web.security.headers.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "victimsdb.web.security.twofactor.StaffTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "victimsdb.web.vault.middleware.FieldKeyErrorMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "victimsdb.web.urls"
WSGI_APPLICATION = "victimsdb.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


def database_config() -> dict[str, Any]:
    url = os.environ.get("DATABASE_URL")
    if url:
        config: dict[str, Any] = dict(dj_database_url.parse(url, conn_max_age=60))
    else:
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        config = {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "victimsdb.sqlite3"),
        }
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets readers and one writer work at once; IMMEDIATE avoids
        # "database is locked" upgrades inside write transactions.
        config["OPTIONS"] = {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
        }
        config.setdefault("TEST", {})["NAME"] = None  # tests use an in-memory database
    return config


DATABASES = {"default": database_config()}
# Each server process keeps its public labels and versions in the local-memory cache, and
# the sums of the list's counts per set of filters in a plain dict (blockcounts.py): one
# sum holds the counts of every block of five thousand persons, a few MB for a broad set
# (about 11 MB in memory for the unfiltered list at a million entries). The least
# recently used are dropped first.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": envint("CACHE_ENTRIES", 1000)},
    }
}
COUNT_SUMS = envint("COUNT_SUMS", 100)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
# The public site's languages. The choice is kept in a cookie (Django's set_language
# view), so every URL stays the same in every language and citations never change.
LANGUAGES = [
    ("en", "English"),
    ("ru", "Русский"),
    ("kk", "Қазақша"),
    ("ky", "Кыргызча"),
    ("ug", "ئۇيغۇرچە"),
    ("zh-hans", "中文（简体）"),
]
LOCALE_PATHS = [Path(__file__).resolve().parent / "locale"]
LANGUAGE_COOKIE_SAMESITE = "Lax"

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
# Static files are served from the apps unless collected (`collectstatic`, then
# STATIC_FROM_APPS=0), when they get hashed names and compressed copies.
WHITENOISE_USE_FINDERS = envbool("STATIC_FROM_APPS", True)
STATIC_STORAGE = (
    "django.contrib.staticfiles.storage.StaticFilesStorage"
    if WHITENOISE_USE_FINDERS
    else "whitenoise.storage.CompressedManifestStaticFilesStorage"
)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": STATIC_STORAGE},
}
MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "media/"
# The evidence store (core.evidence): originals by SHA-256, confidential.
EVIDENCE_ROOT = Path(os.environ.get("VICTIMSDB_EVIDENCE_DIR", DATA_DIR / "evidence"))

# Public reports: at most this many submissions per client address per hour (the
# address as victimsdb.web.security.client sees it: see TRUSTED_PROXIES below).
REPORTS_PER_HOUR = envint("REPORTS_PER_HOUR", 10)

# Staff security (victimsdb.web.security; docs/threat-model.md). Staff sign in at
# the admin's login page with a password (Argon2, throttled by django-axes), then
# a TOTP code; every /admin/ and /staff/ URL needs both.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    # Older hashes still verify, and are upgraded to Argon2 at the next login.
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "admin:login"
OTP_TOTP_ISSUER = os.environ.get("OTP_ISSUER", "victimsdb")
OTP_ADMIN_HIDE_SENSITIVE_DATA = True  # the device admin never shows TOTP secrets

# Five failed logins lock the account name, and five from one address lock the
# address, for 30 minutes; a success clears the count; `victimsdb axes_reset` lifts it.
AXES_FAILURE_LIMIT = envint("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=envint("LOGIN_LOCKOUT_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # logs name the lockout's username or address, not the user agent
AXES_LOCKOUT_TEMPLATE = "security/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "victimsdb.web.security.client.client_ip"
# Behind N reverse proxies the client address is the Nth from the right in
# X-Forwarded-For, and the proxy says whether the request came over HTTPS.
TRUSTED_PROXIES = envint("TRUSTED_PROXIES", 0)
if TRUSTED_PROXIES:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

SECURE_COOKIES = envbool("SECURE_COOKIES", PRODUCTION)
# A staff session ends when the browser closes or after this long idle.
SESSION_COOKIE_AGE = 60 * envint("STAFF_SESSION_IDLE_MINUTES", 120)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
# No legitimate cross-site request needs a staff session.
SESSION_COOKIE_SAMESITE = "Strict"
CSRF_COOKIE_SAMESITE = "Strict"
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
if SECURE_COOKIES:  # __Host- cookies: HTTPS only, this host only, path /
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", PRODUCTION)
SECURE_HSTS_SECONDS = envint("HSTS_SECONDS", 365 * 24 * 3600 if PRODUCTION else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("HSTS_INCLUDE_SUBDOMAINS", PRODUCTION)
SECURE_HSTS_PRELOAD = envbool("HSTS_PRELOAD", PRODUCTION)

# Logs never carry request bodies or confidential fields: only Django's own
# request and error lines, without the exception report's local variables.
LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
