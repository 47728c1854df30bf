package org.saferplan.crime;

import java.nio.file.Path;

/** A file to import: its name as the user gave it (with its folder inside a zip), and where it is on disk now. */
record SourceFile(String name, Path path) {}
