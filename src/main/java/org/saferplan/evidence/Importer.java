package org.saferplan.evidence;

/** Reads one kind of partner file into values; refuses the whole file (InvalidInputException) on any problem. */
interface Importer {

    DatasetKind kind();

    Staged read(UploadedFile file, ImportSettings settings);
}
