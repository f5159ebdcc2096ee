"""People files in the window: import a CSV or Excel list with a preview first, export the
network to CSV, Excel or vCard. The reading and writing is ``buurtdesk.interop``'s; this
package asks which file, shows what will happen, and runs the work off the GUI thread."""
