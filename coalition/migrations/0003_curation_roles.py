from django.db import migrations


def create_roles(apps, schema_editor):
    from coalition.roles import create_roles

    create_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("coalition", "0002_curation"),
        ("articles", "0002_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
