# Empty dependencies file for content_fuzzer.
# This may be replaced when dependencies are built.
