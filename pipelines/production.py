"""Production assembly: the same graph, its steps run by dagster-celery workers over RabbitMQ or Redis.

Use with an instance whose storage is PostgreSQL (deploy/dagster.yaml) and a PostgreSQL warehouse:
    DAGSTER_HOME=deploy dagster-celery worker start -A dagster_celery.app -y deploy/celery.yaml
    DAGSTER_HOME=deploy dagster job execute -m pipelines.production -j nabd_all_assets
"""

from __future__ import annotations

import dagster as dg
from dagster_celery import celery_executor

from pipelines.definitions import build_defs

CELERY = celery_executor.configured(
    {
        "broker": {"env": "NABD_CELERY_BROKER"},
        "backend": {"env": "NABD_CELERY_BACKEND"},
    },
    name="nabd_celery",
)

defs: dg.Definitions = build_defs(executor=CELERY)
