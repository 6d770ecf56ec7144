"""Static site generator for Vietnamese emulation-campaign plans (phong trào thi đua).

One direction: files in ``campaigns/`` -> validated model -> page models -> site
-> search index and open-data exports. Nothing here depends on MkDocs; the MkDocs
hook module (``hooks/mkdocs_hooks.py``) only wires these functions to build events.
"""
