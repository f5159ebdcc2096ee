"""One date of an activity as the coordinator runs it: sign-ups, check-in at the door,
regulars and volunteer shifts."""
