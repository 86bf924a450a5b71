package org.paperkg.vocab;

import static org.paperkg.vocab.Vocab.*;

import org.apache.jena.graph.Node;

/** Every term paperkg writes, as nodes. Our own terms are documented in ontologies/paperkg.ttl. */
public final class Terms {
    private Terms() {}

    public static final Node RDF_TYPE = uri(RDF, "type");
    public static final Node RDF_VALUE = uri(RDF, "value");
    public static final Node RDFS_LABEL = uri(RDFS, "label");

    public static final Node DCT_TITLE = uri(DCTERMS, "title");
    public static final Node DCT_ABSTRACT = uri(DCTERMS, "abstract");
    public static final Node DCT_ISSUED = uri(DCTERMS, "issued");
    public static final Node DCT_CREATOR = uri(DCTERMS, "creator");
    public static final Node DCT_IS_PART_OF = uri(DCTERMS, "isPartOf");

    public static final Node FABIO_JOURNAL_ARTICLE = uri(FABIO, "JournalArticle");
    public static final Node FABIO_BOOK_CHAPTER = uri(FABIO, "BookChapter");
    public static final Node FABIO_BOOK = uri(FABIO, "Book");
    public static final Node FABIO_RETRACTION_NOTICE = uri(FABIO, "RetractionNotice");
    public static final Node FABIO_PMID = uri(FABIO, "hasPubMedId");
    public static final Node FABIO_PMCID = uri(FABIO, "hasPubMedCentralId");
    public static final Node SCHEMA_SCHOLARLY_ARTICLE = uri(SCHEMA, "ScholarlyArticle");
    /**
     * The class every paper has, whatever its kind (journal article, book chapter, book): what
     * counts as a paper in the statistics, the description and the queries. Only a paper's own
     * graphs type it, so a cited or corrected paper that is not in the store is not one.
     */
    public static final Node PAPER_CLASS = SCHEMA_SCHOLARLY_ARTICLE;
    /** {@link #PAPER_CLASS} as SPARQL text, for queries that declare the schema: prefix. */
    public static final String PAPER_CLASS_SPARQL = "schema:ScholarlyArticle";
    public static final Node SCHEMA_CHAPTER = uri(SCHEMA, "Chapter");
    public static final Node SCHEMA_BOOK = uri(SCHEMA, "Book");
    public static final Node BIBO_CHAPTER = uri(BIBO, "Chapter");
    public static final Node BIBO_BOOK = uri(BIBO, "Book");
    public static final Node BIBO_ISBN = uri(BIBO, "isbn");
    public static final Node DCT_PUBLISHER = uri(DCTERMS, "publisher");
    public static final Node BIBO_ACADEMIC_ARTICLE = uri(BIBO, "AcademicArticle");
    public static final Node BIBO_DOI = uri(BIBO, "doi");
    public static final Node SCHEMA_SAME_AS = uri(SCHEMA, "sameAs");
    public static final Node SCHEMA_ABOUT = uri(SCHEMA, "about");
    public static final Node SCHEMA_MENTIONS = uri(SCHEMA, "mentions");
    public static final Node SCHEMA_POSITION = uri(SCHEMA, "position");
    public static final Node PROV_WAS_DERIVED_FROM = uri(PROV, "wasDerivedFrom");
    public static final Node PROV_WAS_GENERATED_BY = uri(PROV, "wasGeneratedBy");
    public static final Node PROV_GENERATED = uri(PROV, "generated");
    public static final Node PROV_USED = uri(PROV, "used");

    public static final Node PRO_IS_DOCUMENT_CONTEXT_FOR = uri(PRO, "isDocumentContextFor");
    public static final Node PRO_ROLE_IN_TIME = uri(PRO, "RoleInTime");
    public static final Node PRO_WITH_ROLE = uri(PRO, "withRole");
    public static final Node PRO_AUTHOR = uri(PRO, "author");
    public static final Node PRO_IS_HELD_BY = uri(PRO, "isHeldBy");
    public static final Node OCO_HAS_NEXT = uri(OCO, "hasNext");
    public static final Node FOAF_PERSON = uri(FOAF, "Person");
    public static final Node FOAF_NAME = uri(FOAF, "name");

    public static final Node OA_ANNOTATION = uri(OA, "Annotation");
    public static final Node OA_MOTIVATED_BY = uri(OA, "motivatedBy");
    public static final Node OA_CLASSIFYING = uri(OA, "classifying");
    public static final Node OA_IDENTIFYING = uri(OA, "identifying");
    public static final Node OA_HAS_BODY = uri(OA, "hasBody");
    public static final Node OA_HAS_TARGET = uri(OA, "hasTarget");
    public static final Node OA_SPECIFIC_RESOURCE = uri(OA, "SpecificResource");
    public static final Node OA_HAS_SOURCE = uri(OA, "hasSource");
    public static final Node OA_HAS_SELECTOR = uri(OA, "hasSelector");
    public static final Node OA_TEXT_QUOTE_SELECTOR = uri(OA, "TextQuoteSelector");
    public static final Node OA_EXACT = uri(OA, "exact");

    public static final Node PKG_SECTION = uri(PKG, "Section");
    public static final Node PKG_HAS_SECTION = uri(PKG, "hasSection");
    public static final Node PKG_KEY_FINDING_CLASS = uri(PKG, "KeyFinding");
    public static final Node PKG_KEY_FINDING = uri(PKG, "keyFinding");
    public static final Node PKG_TLDR = uri(PKG, "tldr");
    public static final Node PKG_CONTRIBUTION = uri(PKG, "contribution");
    public static final Node PKG_FIGURES = uri(PKG, "figures");
    public static final Node PKG_SOURCE_COLLECTION = uri(PKG, "sourceCollection");
    public static final Node PKG_EXTRA_METADATA = uri(PKG, "extraMetadata");
    public static final Node PKG_ENTITY_TYPE = uri(PKG, "entityType");
    public static final Node PKG_SOURCE_ID = uri(PKG, "sourceId");
    public static final Node PKG_SCHEME = uri(PKG, "scheme");
    public static final Node PKG_UNRESOLVED_REASON = uri(PKG, "unresolvedReason");
    public static final Node PKG_SOURCE_GRAPH = uri(PKG, "SourceGraph");
    public static final Node PKG_SOURCE_FORMAT = uri(PKG, "sourceFormat");
    public static final Node PKG_RECORD_VERSION = uri(PKG, "recordVersion");
    public static final Node PKG_ANNOTATION_DATE = uri(PKG, "annotationDate");
    public static final Node PKG_AFFILIATION = uri(PKG, "affiliation");
    public static final Node PKG_MESH_HEADING_CLASS = uri(PKG, "MeshHeading");
    public static final Node PKG_MESH_HEADING = uri(PKG, "meshHeading");
    public static final Node PKG_DESCRIPTOR = uri(PKG, "descriptor");
    public static final Node PKG_QUALIFIER = uri(PKG, "qualifier");
    public static final Node PKG_MAJOR_TOPIC = uri(PKG, "majorTopic");
    public static final Node PKG_MAJOR_QUALIFIER = uri(PKG, "majorQualifier");
    public static final Node PKG_RELATION_CLASS = uri(PKG, "Relation");
    public static final Node PKG_RELATION = uri(PKG, "relation");
    public static final Node PKG_RELATION_TYPE = uri(PKG, "relationType");
    public static final Node PKG_SUBJECT_CONCEPT = uri(PKG, "subjectConcept");
    public static final Node PKG_OBJECT_CONCEPT = uri(PKG, "objectConcept");
    public static final Node PKG_INDUCES = uri(PKG, "induces");

    // links between papers: references (CiTO), comments and corrections (CiTO, else ours), status (PSO)
    public static final Node CITO_CITES = uri(CITO, "cites");
    public static final Node CITO_RETRACTS = uri(CITO, "retracts");
    public static final Node CITO_IS_RETRACTED_BY = uri(CITO, "isRetractedBy");
    public static final Node CITO_CORRECTS = uri(CITO, "corrects");
    public static final Node CITO_IS_CORRECTED_BY = uri(CITO, "isCorrectedBy");
    public static final Node CITO_UPDATES = uri(CITO, "updates");
    public static final Node CITO_IS_UPDATED_BY = uri(CITO, "isUpdatedBy");
    public static final Node CITO_DISCUSSES = uri(CITO, "discusses");
    public static final Node CITO_IS_DISCUSSED_BY = uri(CITO, "isDiscussedBy");
    public static final Node PKG_EXPRESSES_CONCERN_ABOUT = uri(PKG, "expressesConcernAbout");
    public static final Node PKG_HAS_EXPRESSION_OF_CONCERN = uri(PKG, "hasExpressionOfConcern");
    public static final Node PKG_REFERENCES_WITHOUT_ID = uri(PKG, "referencesWithoutIdentifier");
    public static final Node PSO_HOLDS_STATUS_IN_TIME = uri(PSO, "holdsStatusInTime");
    public static final Node PSO_STATUS_IN_TIME = uri(PSO, "StatusInTime");
    public static final Node PSO_WITH_STATUS = uri(PSO, "withStatus");
    public static final Node PSO_RETRACTED = uri(PSO, "retracted-from-publication");

    // the run record (describe/RunProvenance) and the dataset description (describe/DatasetDescription)
    public static final Node PKG_RUN_GRAPH = uri(PKG, "RunGraph");
    public static final Node PKG_EXPORT_RUN = uri(PKG, "ExportRun");
    public static final Node PKG_INGEST_RUN = uri(PKG, "IngestRun");
    public static final Node PKG_COMMAND_LINE = uri(PKG, "commandLine");
    public static final Node PKG_BASE_IRI = uri(PKG, "baseIri");
    public static final Node PKG_FILES = uri(PKG, "files");
    public static final Node PKG_RECORDS_READ = uri(PKG, "recordsRead");
    public static final Node PKG_RECORDS_MAPPED = uri(PKG, "recordsMapped");
    public static final Node PKG_RECORDS_SKIPPED = uri(PKG, "recordsSkipped");
    public static final Node PKG_SYNC_RUN = uri(PKG, "SyncRun");
    public static final Node PKG_RECORDS_ADDED = uri(PKG, "recordsAdded");
    public static final Node PKG_RECORDS_REVISED = uri(PKG, "recordsRevised");
    public static final Node PKG_RECORDS_DELETED = uri(PKG, "recordsDeleted");
    public static final Node PKG_DELETIONS_NOT_FOUND = uri(PKG, "deletionsNotFound");
    public static final Node PKG_TRIPLES = uri(PKG, "triples");
    public static final Node PKG_GRAPHS = uri(PKG, "graphs");
    public static final Node PKG_WARNINGS = uri(PKG, "warnings");
    public static final Node PKG_SKIPPED = uri(PKG, "skipped");
    public static final Node PKG_SKIP_COUNT = uri(PKG, "SkipCount");
    public static final Node PKG_REASON = uri(PKG, "reason");
    public static final Node PKG_COUNT = uri(PKG, "count");
    public static final Node PKG_PATH = uri(PKG, "path");
    public static final Node PKG_PAPERS = uri(PKG, "papers");
    public static final Node PKG_AUTHORS = uri(PKG, "authors");
    public static final Node PKG_MENTIONS = uri(PKG, "mentions");
    public static final Node PKG_SOURCE_GRAPHS = uri(PKG, "sourceGraphs");
    public static final Node PKG_DISTINCT_CONCEPTS = uri(PKG, "distinctConcepts");

    public static final Node FOAF_PRIMARY_TOPIC = uri(FOAF, "primaryTopic");
    public static final Node FOAF_GIVEN_NAME = uri(FOAF, "givenName");
    public static final Node FOAF_FAMILY_NAME = uri(FOAF, "familyName");
    public static final Node FOAF_ORGANIZATION = uri(FOAF, "Organization");
    public static final Node FABIO_JOURNAL = uri(FABIO, "Journal");
    public static final Node BIBO_ISSN = uri(BIBO, "issn");
    public static final Node BIBO_SHORT_TITLE = uri(BIBO, "shortTitle");
    public static final Node DCT_SUBJECT = uri(DCTERMS, "subject");
    public static final Node OA_TEXT_POSITION_SELECTOR = uri(OA, "TextPositionSelector");
    public static final Node OA_START = uri(OA, "start");
    public static final Node OA_END = uri(OA, "end");
}
