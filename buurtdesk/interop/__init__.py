"""Files in and out: CSV, XLSX and vCard for people. Pure parsing and writing, no database.

The services hand these modules plain ``PersonInput`` values and get plain values back;
which file to read or write is the caller's (the window's or the command line's) choice.
"""
