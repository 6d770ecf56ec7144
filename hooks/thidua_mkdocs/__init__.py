"""What ties the ``thidua`` package to MkDocs and Material beyond the hook events (hooks/mkdocs_hooks.py)."""
