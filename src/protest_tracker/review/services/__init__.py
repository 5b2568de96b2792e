"""Domain operations of the review workspace, shared by the views and the API.

Every function takes the acting user, checks the role (``permissions.check``),
works in one transaction and writes each change through ``store.audit.record``.
"""
