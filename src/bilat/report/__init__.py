"""Reports built from stored readings: the bilateral dossier (Markdown, HTML, JSON) and its charts."""
