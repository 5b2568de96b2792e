"""Partial covering indexes per code on the summary's code lists, PostgreSQL only.

A filter for one code (``?target=local_government``) tested every summary row of the countries
chosen (about 90 ms per query at 1M events, three queries per dashboard); the index of that code
holds only its rows, with the columns the dashboard reads (``web.code_indexes``,
docs/performance.md). SQLite gets none and keeps its scan.
"""

from django.db import migrations


def create_indexes(apps, schema_editor):
    from protest_tracker.web import code_indexes

    if code_indexes.ensure(schema_editor.connection):
        schema_editor.execute("ANALYZE web_eventsummary")


def drop_indexes(apps, schema_editor):
    from protest_tracker.web import code_indexes

    code_indexes.drop(schema_editor.connection)


class Migration(migrations.Migration):

    dependencies = [
        ("web", "0005_summary_targets_and_covering_index"),
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_indexes),
    ]
