"""The plugin's one error hierarchy.

Every error the plugin raises on purpose derives from :class:`AmudduError`; its message is
written for the person who chose the input or the output (it names the file, table, row or
field at fault and says what to do). The Processing algorithms turn it into a
``QgsProcessingException`` with that message.
"""

from __future__ import annotations


class AmudduError(Exception):
    """A problem worded for the person who caused or can fix it."""


class OutputRefused(AmudduError):
    """An output that would destroy something the user owns; refused before writing."""


class Canceled(AmudduError):
    """The user stopped a job; its message says what was (not) written."""
