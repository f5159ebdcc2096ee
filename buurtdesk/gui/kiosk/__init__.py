"""The aanmeldbalie (kiosk): one activity's door, full screen, for volunteers.

``launch.open_kiosk`` opens it from the main window; ``launch.resume_kiosk`` opens it again
at start-up when the program was stopped while a kiosk was open.
"""
