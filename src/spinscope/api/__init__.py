"""The REST API under /api/: routes in :mod:`spinscope.api.routes`, shapes in :mod:`spinscope.api.models`."""
