"""Notification: payloads, signing, notifiers (webhook, Slack), the attempt pipeline and its dispatcher."""
