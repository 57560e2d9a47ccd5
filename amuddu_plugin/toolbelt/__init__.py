"""Small helpers shared by every part of the plugin: paths, translation, logging, settings."""
