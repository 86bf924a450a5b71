package org.paperkg.reading;

import java.nio.file.Path;

/** A file of a run: where it is read from, and the name problems and provenance give it (the path as the user gave it). */
record InputFile(Path path, String name) {}
