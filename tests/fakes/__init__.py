"""Real HTTP receivers on loopback for delivery tests: a signed-webhook receiver and a fake Slack."""
