package org.saferplan.crime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Turns what was uploaded (CSV files, or zips as downloaded from data.police.uk with entries such as
 * {@code 2018-10/2018-10-dorset-street.csv}) into files on disk to import. Zip folders and entries that are not CSV
 * are ignored. Guards against hostile zips: an entry name with {@code ..} or an absolute path is refused (entries
 * are never written under their own names anyway), and the bytes actually inflated are counted, so the whole
 * upload stops at {@link #MAX_UNCOMPRESSED_BYTES} whatever the zip's headers claim.
 */
final class UploadedFiles {

    static final long MAX_UNCOMPRESSED_BYTES = 2L * 1024 * 1024 * 1024;
    static final int MAX_ENTRIES = 100_000;

    /** A file as it came: the name the person gave it and where it is saved. */
    record Upload(String name, Path path) {}

    private UploadedFiles() {}

    /** The CSV files to import, extracted into {@code folder}; problems are added to {@code problems}. */
    static List<SourceFile> expand(List<Upload> uploads, Path folder, List<ImportProblem> problems, long maxBytes)
            throws IOException {
        var files = new ArrayList<SourceFile>();
        long[] total = {0};
        for (var upload : uploads) {
            if (isZip(upload)) {
                unzip(upload, folder, files, problems, total, maxBytes);
            } else {
                files.add(new SourceFile(upload.name(), upload.path()));
            }
            if (!problems.isEmpty()) {
                break;
            }
        }
        return files;
    }

    private static boolean isZip(Upload upload) throws IOException {
        if (upload.name() != null && upload.name().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(upload.path())) {
            var magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    private static void unzip(
            Upload upload,
            Path folder,
            List<SourceFile> files,
            List<ImportProblem> problems,
            long[] total,
            long maxBytes)
            throws IOException {
        try (var zip = new ZipFile(upload.path().toFile())) {
            var entries = zip.entries();
            int count = 0;
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    problems.add(new ImportProblem(
                            upload.name(),
                            0,
                            "has more than " + MAX_ENTRIES + " entries: expected a police.uk archive"));
                    return;
                }
                var name = entry.getName().replace('\\', '/');
                if (isUnsafe(name)) {
                    problems.add(new ImportProblem(
                            upload.name(),
                            0,
                            "has an entry named \"" + entry.getName()
                                    + "\": refused, because names with .. or an absolute path could reach outside the"
                                    + " archive; expected names like 2018-10/2018-10-dorset-street.csv"));
                    return;
                }
                if (entry.isDirectory() || !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    continue;
                }
                var target = folder.resolve("entry-" + count + ".csv");
                try (var in = zip.getInputStream(entry);
                        var out = Files.newOutputStream(target)) {
                    var buffer = new byte[1 << 16];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        total[0] += n;
                        if (total[0] > maxBytes) {
                            problems.add(new ImportProblem(
                                    upload.name(),
                                    0,
                                    "holds more than "
                                            + maxBytes / (1024 * 1024)
                                            + " MB of uncompressed data: expected at most that"
                                            + " in one import; import the months in several parts"));
                            return;
                        }
                        out.write(buffer, 0, n);
                    }
                }
                files.add(new SourceFile(name, target));
            }
        } catch (ZipException e) {
            problems.add(new ImportProblem(
                    upload.name(),
                    0,
                    "is not a readable zip file (" + e.getMessage()
                            + "): expected a zip as downloaded from data.police.uk, or CSV files"));
        }
    }

    static boolean isUnsafe(String name) {
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (var segment : name.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
