"""The people who work on the tracker, as Django groups.

Uploaders add articles (and retry failed ones); Curators review what extraction suggests and
edit pledges, meetings and who takes part. Superusers can do everything; anyone else only reads.
"""

UPLOADERS = "Uploaders"
CURATORS = "Curators"

GROUPS = {
    UPLOADERS: [
        "articles.add_article",
        "articles.view_article",
    ],
    CURATORS: [
        "coalition.review_pledge",
        "coalition.add_pledge",
        "coalition.change_pledge",
        "coalition.view_pledge",
        "coalition.change_nation",
        "coalition.view_nation",
        "coalition.add_alias",
        "coalition.change_alias",
        "coalition.view_alias",
        "coalition.add_meeting",
        "coalition.change_meeting",
        "coalition.view_meeting",
        "coalition.add_attendance",
        "coalition.change_attendance",
        "coalition.delete_attendance",
        "coalition.view_attendance",
        "coalition.view_change",
        "coalition.view_conflictdecision",
        "articles.view_article",
        "articles.add_evidence",
        "articles.change_evidence",
        "articles.view_evidence",
    ],
}


def create_roles(apps):
    """Create the groups with their permissions; safe to run again.

    ``apps`` is a migration's app registry or ``django.apps.apps``. Permissions are made
    first, as on a new database they only appear after all migrations have run.
    """
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        # A migration's app configs have no models module, which create_permissions skips.
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, perms in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for perm in perms:
            app_label, codename = perm.split(".")
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
