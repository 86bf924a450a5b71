package org.paperkg.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.paperkg.problem.Problem;

/** The real data copied under src/test/resources/data, and small helpers to read it independently of the readers. */
final class XmlTestData {

    private XmlTestData() {}

    static Path dir(String name) {
        try {
            return Path.of(XmlTestData.class.getResource("/data/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> files(String name) {
        try (Stream<Path> walk = Files.walk(dir(name))) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".gz")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decompressed text of a gzipped file, read with the JDK alone. */
    static String gunzip(Path gz) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    static String relative(Path file, String dirName) {
        return dir(dirName).relativize(file).toString();
    }

    /** What a reader gave for one input. */
    record Result(List<PaperRecord> records, List<Problem> problems) {
        List<Problem> skips() {
            return problems.stream().filter(p -> p.severity() == Problem.Severity.SKIP).toList();
        }

        List<Problem> withCode(String code) {
            return problems.stream().filter(p -> p.code().equals(code)).toList();
        }

        PaperRecord pmid(String pmid) {
            return records.stream().filter(r -> pmid.equals(r.pmid())).findFirst()
                    .orElseThrow(() -> new AssertionError("no record with PMID " + pmid));
        }
    }

    static Result read(RecordSource reader, Path file, String name) {
        List<PaperRecord> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            reader.read(file, name, records::add, problems::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(records, problems);
    }

    static Result pubmed(String xml) {
        return pubmed(xml.getBytes(StandardCharsets.UTF_8));
    }

    static Result pubmed(byte[] bytes) {
        List<PaperRecord> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            new PubMedXmlReader(org.paperkg.ids.PrefixTable.defaults())
                    .read(new ByteArrayInputStream(bytes), "test.xml", records::add, problems::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(records, problems);
    }

    static Result bioc(String xml) {
        List<PaperRecord> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            new BiocXmlReader(org.paperkg.ids.PrefixTable.defaults())
                    .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml", records::add, problems::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(records, problems);
    }
}
