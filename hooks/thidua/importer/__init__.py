"""`thidua import`: turn a plan's Word, PDF or text file into a draft data file.

reading → paragraphs; outline → numbered tree; header, sections, values, locality → recognized
parts; draft → annotated YAML with a “# KIỂM TRA” mark on every guessed value; command → the
file beside its original text, checked by the validator, and a report for staff.
"""
