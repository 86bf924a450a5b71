package org.paperkg.problem;

import static org.paperkg.problem.Problem.Severity.SKIP;
import static org.paperkg.problem.Problem.Severity.WARN;

/**
 * Every reason paperkg reports a problem for, so a misspelt code cannot compile. The constant's
 * name is the code users see and grep ({@code file:line: CODE message}); the severity is the usual
 * one, and a few call sites choose the other (a code that costs a record in one format is only a
 * warning in another). docs/problem-codes.md lists them all; ProblemCodesDocTest keeps it in step.
 */
public enum ProblemCode {
    AUTHORS_DELETED(WARN, "a deleted PubMed record held its paper's author list; the paper's other sources carry none until they are ingested again"),
    BAD_AUTHOR(WARN, "a PubMed or JATS author without a last name, given name or collective name is not read"),
    BAD_DATE(WARN, "a publication date part (year, month, day, MedlineDate) is not a date; the coarser part is kept"),
    BAD_DOI(WARN, "a DOI is not valid; kept as text or left out"),
    BAD_ENTITY_LINE(WARN, "a card's entity bullet is not in the expected form"),
    BAD_GZIP(SKIP, "a gzipped file is corrupt; the rest of the file is not read"),
    BAD_ID(WARN, "an identifier is not a CURIE or not valid in its scheme"),
    BAD_ISSN(WARN, "an ISSN fails its form or check digit; kept as text"),
    BAD_JSON(SKIP, "the text is not JSON (or not the expected JSON)"),
    BAD_LINE(WARN, "a line inside a PubTator document is not a PubTator line; ignored"),
    BAD_MESH(WARN, "a MeshHeading without a DescriptorName is not read"),
    BAD_OFFSET(WARN, "an offset or location is missing, not a number, or out of place; the text is not placed"),
    BAD_ORCID(WARN, "an ORCID iD fails its form or check digit; not read"),
    BAD_PMCID(WARN, "a PMC id is not valid; kept as text or left out"),
    BAD_PMID(WARN, "a PMID is not valid (a PubMed record without a valid PMID is skipped)"),
    BAD_RDF(SKIP, "an ontology file is not valid RDF"),
    BAD_RELATION(WARN, "a relation lacks its type or its two concepts; not read"),
    BAD_ROW(SKIP, "a table row has the wrong number of columns"),
    BAD_SSSOM(SKIP, "an SSSOM row lacks a required column"),
    BAD_TREE_NUMBER(SKIP, "a MeSH tree number is not in the form C01.539.160"),
    BAD_URL(WARN, "a card's source is not a valid http(s) IRI; kept as text"),
    BAD_VERSION(WARN, "a PubMed citation's version is not a number; the citation is taken as version 1"),
    BAD_XML(SKIP, "the XML is not well-formed; the rest of the file is not read"),
    BAD_XREF(WARN, "a JATS cross-reference (an author's affiliation) names no element of the article; not read"),
    CONFLICTING_ID(WARN, "a second, different identifier of the same kind for one paper or author; kept as text"),
    CONTROL_CHAR(WARN, "control characters or lone surrogates were replaced"),
    DELETED_IN_RUN(SKIP, "a record is withdrawn by a later DeleteCitation of the same run and is not written"),
    DUPLICATE(SKIP, "an ontology source row lists a term again"),
    DUPLICATE_ABSTRACT(WARN, "a second abstract line of one PubTator document is ignored"),
    DUPLICATE_GRAPH(WARN, "an ontology file is loaded into a graph already loaded"),
    DUPLICATE_METADATA(WARN, "a card gives a metadata part twice; the second is kept as text"),
    DUPLICATE_PAPER(SKIP, "the same paper is read again from a record of the same source; the earlier record is skipped"),
    EMPTY_ANNOTATION(WARN, "a BioC annotation with neither text nor location is left out"),
    EMPTY_FILE(WARN, "a file holds no record"),
    ID_CONFLICT(WARN, "a record's identifiers point to two papers already known"),
    INVALID_ENCODING(SKIP, "a file is not in its declared encoding; the rest of the file is not read"),
    INVALID_UTF8(SKIP, "bytes that are not UTF-8 (replaced in line formats, fatal in XML and JSON)"),
    MISSING_ID(WARN, "a mention or heading names no identifier"),
    MISSING_PARENT(WARN, "a MeSH tree number's parent is not in the source"),
    MISSING_TITLE(SKIP, "PubTator lines without their title line before them; not read"),
    MORE_PROBLEMS(WARN, "a record has more problems than are kept; the rest are counted"),
    NOT_A_DOCUMENT(SKIP, "a JSON value where a BioC document was expected"),
    NOT_FOUND(WARN, "an input path does not exist"),
    NOT_IN_SOURCE(WARN, "an id asked for is not in the ontology source"),
    NO_CITATION(SKIP, "a PubMed article without a MedlineCitation, or a book article without a BookDocument"),
    NO_FOOTER(WARN, "a card has no closing '---' / 'Source:' footer"),
    NO_LABEL(WARN, "an ontology term has no label or name"),
    NO_LOCATION(WARN, "a BioC annotation has no location; kept without offsets"),
    NO_PASSAGES(SKIP, "a BioC document without readable passages"),
    NO_PMID(SKIP, "a record has no PMID (a BioC document id that is no PMID is only a warning)"),
    NO_TITLE(SKIP, "a record has no title"),
    NUL_BYTE(WARN, "NUL bytes were replaced by U+FFFD"),
    OFFSET_MISMATCH(WARN, "a mention's offsets cut out other text than the mention; kept without offsets"),
    OLDER_VERSION(SKIP, "a record is an older version (PubMed version, annotation date) than one the run or the store holds; the newer is kept"),
    PASSAGE_OVERLAP(WARN, "a BioC passage overlaps the one before it"),
    PMID_MISMATCH(WARN, "PubTator lines of another PMID inside a document"),
    RDF_WARNING(WARN, "the RDF parser warned about an ontology file"),
    READ_ERROR(SKIP, "a record could not be read"),
    STRAY_TEXT(WARN, "text outside any PubTator document; ignored"),
    TITLE_FROM_VERNACULAR(WARN, "a PubMed title is taken from VernacularTitle"),
    TOO_LARGE(SKIP, "a record exceeds a size limit; skipped"),
    TRAILING_TEXT(WARN, "text after the BioC JSON document; ignored"),
    TRUNCATED(SKIP, "the input ends in the middle of a record"),
    TRUNCATED_DOCUMENT(SKIP, "a PubTator document without its abstract line"),
    TRUNCATED_FILE(SKIP, "a PubTator file ends in the middle of a document"),
    UNEXPECTED_TEXT(WARN, "card text outside any section or in the footer; kept"),
    UNKNOWN_ELEMENT(WARN, "an XML element paperkg does not read"),
    UNKNOWN_FORMAT(WARN, "a file's format is not recognised"),
    UNKNOWN_METADATA(WARN, "a card metadata part is not recognised; kept as text"),
    UNKNOWN_PREFIX(WARN, "an identifier's prefix or IRI is in no known scheme"),
    UNKNOWN_ROOT(SKIP, "the XML root element is not the format's"),
    UNKNOWN_SCHEME(WARN, "a bare id whose type names no known scheme"),
    UNNORMALISED(WARN, "the corpus could not normalise a mention (-1 or no id); counted, not printed"),
    UNREADABLE(WARN, "a file or directory could not be read"),
    UNSUPPORTED_FORMAT(WARN, "a recognised format paperkg does not read"),
    VARIANT_NOTATION(WARN, "a variant in tmVar/HGVS notation with no rs number; names no concept"),
    XML_ENTITY(SKIP, "the XML declares entities, which are refused");

    private final Problem.Severity severity;
    private final String meaning;

    ProblemCode(Problem.Severity severity, String meaning) {
        this.severity = severity;
        this.meaning = meaning;
    }

    /** The usual severity; a call site may choose the other one. */
    public Problem.Severity severity() { return severity; }

    /** One line on what the code means, as docs/problem-codes.md shows it. */
    public String meaning() { return meaning; }
}
