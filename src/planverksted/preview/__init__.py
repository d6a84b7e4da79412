"""The preview behind ``planverksted serve``: the page, its web server and the file watcher."""
