"""Structured logs: one JSON object per line, for Django's logging (settings.LOGGING) and for
gunicorn's access and error logs (gunicorn.conf.py), so a log collector reads every line the same
way without parsing prose.

Each line has `time` (UTC, ISO 8601), `level`, `logger` and `message`, then whatever the call
added with `extra=`; a request Django's own loggers pass (django.request: 404s, 500s) becomes
its method, path and `request_id` (the proxy's X-Request-ID, docs/deploy.md), never its
headers, cookies or body. An exception adds its traceback as `exception`.
"""

import json
import logging
from datetime import UTC, datetime

# The attributes every LogRecord has; anything else on a record came from `extra=`.
_STANDARD = frozenset(
    vars(logging.LogRecord("", logging.INFO, "", 0, "", (), None)).keys()
    | {"message", "asctime", "taskName"}
)


def request_id(meta):
    """The proxy's request id (nginx: `proxy_set_header X-Request-ID $request_id;`), or None."""
    value = meta.get("HTTP_X_REQUEST_ID", "")
    # Only a plain token: the header comes from outside and ends up in every log line.
    return value[:64] if value and value.replace("-", "").isalnum() else None


def _plain(value):
    """A JSON-friendly form of an `extra=` value."""
    meta = getattr(value, "META", None)
    if isinstance(meta, dict):
        # An HttpRequest: where it went, nothing of what it carried.
        return {"method": value.method, "path": value.path, "request_id": request_id(meta)}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    return str(value)


class JsonFormatter(logging.Formatter):
    """One log record as one line of JSON."""

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in entry:
                entry[key] = _plain(value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)
