"""Dialogs: small windows that ask the coach for one thing."""
