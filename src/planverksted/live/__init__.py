"""The live preview behind ``planverksted serve``: page, server and watcher, one module each."""
