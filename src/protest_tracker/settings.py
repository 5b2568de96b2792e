"""Django settings, read from the environment through :mod:`protest_tracker.config`.

Everything a deployment changes is an environment variable (see config.py and
docs/configuration.md); nothing here needs editing.
"""

from __future__ import annotations

import os
from pathlib import Path

from protest_tracker import config

PACKAGE_DIR = Path(__file__).resolve().parent

SECRET_KEY = config.secret_key()
DEBUG = config.env_flag("PROTEST_TRACKER_DEBUG")
ALLOWED_HOSTS = [
    h.strip() for h in os.environ.get("PROTEST_TRACKER_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "ninja",  # serves the API docs page's Swagger UI from our own static files (no CDN)
    "protest_tracker.store",
    "protest_tracker.review",
    "protest_tracker.web",
    "protest_tracker.ops",  # backups, copy, `protest-tracker run` state, /healthz
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "protest_tracker.review.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",  # interface language: cookie, else Accept-Language
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "protest_tracker.review.twofactor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "protest_tracker.urls"
WSGI_APPLICATION = "protest_tracker.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
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


def _database() -> dict:
    parsed = config.parse_database_url(config.database_url())
    if parsed.engine == "sqlite":
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": parsed.name,
            "OPTIONS": {
                # WAL lets readers work while a writer commits; IMMEDIATE avoids
                # lock upgrades that fail under concurrent writers.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 30,
            },
            # Tests use a real SQLite file (WAL), next to the configured one.
            "TEST": {"NAME": None if parsed.name == ":memory:" else parsed.name + ".test"},
        }
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": parsed.name,
        "USER": parsed.user,
        "PASSWORD": parsed.password,
        "HOST": parsed.host,
        "PORT": parsed.port,
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"connect_timeout": 5},
    }


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/review/"
LOGOUT_REDIRECT_URL = "/"

# Sessions and cookies: HTTP-only, same-site, short-lived; Secure when served over TLS
# (PROTEST_TRACKER_TLS=1: always; otherwise SecurityHeadersMiddleware marks the cookies of every
# HTTPS request Secure). Behind a TLS-terminating proxy, Django learns that a request is HTTPS from
# the header PROTEST_TRACKER_PROXY_SSL_HEADER names, or from `serve --trusted-proxy` (docs/security.md).
_TLS = config.env_flag("PROTEST_TRACKER_TLS")
SECURE_PROXY_SSL_HEADER = config.proxy_ssl_header()
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = _TLS
SESSION_COOKIE_AGE = 60 * 60 * 8
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Strict"
CSRF_COOKIE_SECURE = _TLS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# HSTS: SecurityMiddleware sends it on HTTPS requests only, so plain-HTTP use on 127.0.0.1 is unaffected.
SECURE_HSTS_SECONDS = config.hsts_seconds()
SECURE_HSTS_INCLUDE_SUBDOMAINS = config.env_flag("PROTEST_TRACKER_HSTS_SUBDOMAINS")
# Redirect HTTP to HTTPS: only where HTTPS requests are recognised (TLS here, or a proxy setting).
SECURE_SSL_REDIRECT = config.env_flag("PROTEST_TRACKER_SSL_REDIRECT")

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
# Interface languages (docs/dashboard.md#languages): catalogues in locale/, compiled by scripts/setup.sh.
# Kazakh follows when its labels are written.
LANGUAGES = [("en", "English"), ("ru", "Русский"), ("kk", "Қазақша")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = _TLS
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = config.home_dir() / "static"
STATICFILES_DIRS = [PACKAGE_DIR / "web" / "assets"] if (PACKAGE_DIR / "web" / "assets").is_dir() else []
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Public site: set PROTEST_TRACKER_PUBLIC_REQUIRES_LOGIN=1 to hide even published events from anonymous users.
PUBLIC_REQUIRES_LOGIN = config.env_flag("PROTEST_TRACKER_PUBLIC_REQUIRES_LOGIN")
# Public coordinates are rounded to this many decimals (None = exact). 1 decimal ~ 11 km.
PUBLIC_COORDINATE_DECIMALS = int(os.environ["PROTEST_TRACKER_PUBLIC_COORD_DECIMALS"]) if os.environ.get("PROTEST_TRACKER_PUBLIC_COORD_DECIMALS") else None
# Personal names of protesters appear in public outputs only when an admin turns this on.
PUBLIC_SHOW_PERSON_NAMES = config.env_flag("PROTEST_TRACKER_PUBLIC_SHOW_NAMES")
# The public site, API and public exports show only analyst-verified events (not machine-coded ones).
PUBLIC_VERIFIED_ONLY = config.env_flag("PROTEST_TRACKER_PUBLIC_VERIFIED_ONLY")
# The auto-publish policy (off by default; the demo turns it on): after `process`, confident dated
# candidates go public as machine-coded (web/publishing.py).
AUTO_PUBLISH = {
    "enabled": config.env_flag("PROTEST_TRACKER_AUTO_PUBLISH"),
    "min_confidence": float(os.environ.get("PROTEST_TRACKER_AUTO_PUBLISH_MIN_CONFIDENCE") or 0.7),
}

# E-mail, used by `protest-tracker run` to tell analysts about new candidate events (docs/operations.md).
EMAIL_BACKEND = os.environ.get("PROTEST_TRACKER_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("PROTEST_TRACKER_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("PROTEST_TRACKER_EMAIL_PORT") or 25)
EMAIL_HOST_USER = os.environ.get("PROTEST_TRACKER_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("PROTEST_TRACKER_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = config.env_flag("PROTEST_TRACKER_EMAIL_TLS")
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = os.environ.get("PROTEST_TRACKER_EMAIL_FROM", "protest-tracker@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("PROTEST_TRACKER_LOG_LEVEL", "WARNING")},
}
