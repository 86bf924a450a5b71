package org.paperkg.ontologytools.slice;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.paperkg.ontology.DiseaseTypes;
import org.paperkg.problem.Problem;
import org.paperkg.problem.ProblemCode;
import org.paperkg.problem.ProblemSink;

/**
 * Disease concept ids in a BioC XML collection (plain or gzipped), streamed: each
 * {@code <annotation>} whose {@code type} infon names a disease gives the ids of its
 * {@code identifier} or {@code MESH} infon. The DTD named in the file is never fetched.
 */
public final class BioCXmlIds {

    private final MentionIds ids;

    public BioCXmlIds(MentionIds ids) {
        this.ids = ids;
    }

    static InputStream open(Path file) throws IOException {
        return org.paperkg.source.MaybeGzipped.open(file);
    }

    public void read(Path file, Consumer<String> curies, ProblemSink problems) throws IOException {
        String name = file.toString();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = open(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            Map<String, String> infons = null;
            long annotationLine = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String el = xml.getLocalName();
                    if (el.equals("annotation")) {
                        infons = new HashMap<>();
                        annotationLine = xml.getLocation().getLineNumber();
                    } else if (el.equals("infon") && infons != null) {
                        String key = xml.getAttributeValue(null, "key");
                        String value = xml.getElementText();
                        if (key != null) infons.put(key.toLowerCase(Locale.ROOT), value);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("annotation")) {
                    if (infons != null && DiseaseTypes.isDisease(infons.get("type"))) {
                        String field = infons.getOrDefault("identifier", infons.get("mesh"));
                        ids.read(field, name, annotationLine, curies, problems);
                    }
                    infons = null;
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            problems.report(new Problem(name, line, Problem.Severity.SKIP, ProblemCode.BAD_XML,
                    "BioC XML cannot be read past this point: " + e.getMessage()));
        }
    }
}
