def wants_fragment(request):
    """An htmx request for part of a page; a history restore (cache miss) wants the whole page."""
    return bool(request.htmx) and not request.htmx.history_restore_request
