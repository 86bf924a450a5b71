package org.paperkg.synth;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.RDFS;
import org.paperkg.synth.SyntheticPaper.Term;

/**
 * Synthetic paper cards for benchmarks: the example card's shape (sections of its size), authors
 * drawn from a pool so they recur, diseases with real MONDO / MeSH / OMIM ids from the bundled slice
 * and a Zipf-like popularity, some papers without DOI or date, distinct PMCIDs, PMIDs and DOIs. The
 * same seed always gives the same cards.
 */
public final class SyntheticCards {

    private static final String[] GIVEN = words("""
            Anna Luca Maria Giuseppe Laura Nicola Emanuela Massimiliano Wei Li Jun Hiroshi Yuki Ahmed Fatima Olga
            Ivan Pierre Claire Jonas Sofia Mateo Lucia Daniel Sarah David Emily James Mary Robert Linda Michael
            Elena Carlos Ana Jose Chen Xin Min Soo Ji Priya Rahul Amit Sunita Kwame Ama Lars Ingrid Erik Astrid
            Thomas Julia Felix Hannah Paul Marie Jan Eva Pablo Carmen Diego Isabel Marco Giulia Francesca Alessandro""");
    private static final String[] FAMILY = words("""
            Galliera Massaccesi Logoluso Mangiavini Peretti Romanelli Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou
            Tanaka Suzuki Sato Kim Lee Park Choi Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez
            Martinez Hernandez Lopez Gonzalez Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White
            Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green Baker Adams Nelson Hill Campbell
            Mitchell Roberts Carter Phillips Evans Turner Torres Parker Collins Edwards Stewart Flores Morris Nguyen
            Murphy Rivera Cook Rogers Morgan Peterson Cooper Reed Bailey Bell Gomez Kelly Howard Ward Cox Diaz
            Richardson Wood Watson Brooks Bennett Gray James Reyes Cruz Hughes Price Myers Long Foster Sanders Ross
            Morales Powell Sullivan Russell Ortiz Jenkins Gutierrez Perry Butler Barnes Fisher Henderson Coleman
            Simmons Patterson Jordan Reynolds Hamilton Graham Kim Gonzales Alexander Ramos Wallace Griffin West
            Cole Hayes Chavez Gibson Bryant Ellis Stevens Murray Ford Marshall Owens McDonald Harrison Ruiz Kennedy
            Wells Alvarez Woods Mendoza Castillo Olson Webb Washington Tucker Freeman Burns Henry Vasquez Snyder
            Simpson Crawford Jimenez Porter Mason Shaw Gordon Wagner Hunter Romero Hicks Dixon Hunt Palmer Robertson
            Black Holmes Stone Meyer Boyd Mills Warren Fox Rose Rice Moreno Schmidt Patel Ferguson Nichols Herrera
            Medina Ryan Fernandez Weaver Daniels Stephens Gardner Payne Kelley Dunn Pierce Arnold Tran Spencer
            Peters Hawkins Grant Hansen Castro Hoffman Hart Elliott Cunningham Knight Bradley Rossi Russo Ferrari
            Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti DeLuca Costa Giordano Mancini
            Rizzo Lombardi Moretti Muller Schneider Fischer Weber Schulz Becker Wolf Koch Richter Klein Schroder""");
    private static final String[] WORDS = words("""
            immune response bone remodeling cytokine signalling inflammation pathway cohort patients treatment
            outcome risk factor mechanism clinical evidence tissue cells expression gene protein receptor model
            mouse trial analysis association incidence prevalence therapy diagnosis biomarker progression severity
            chronic acute infection osteoclasts osteoblasts macrophages lymphocytes activation regulation balance
            homeostasis microenvironment mediators release erosion structural targets interaction disease burden
            population study data results suggest indicate demonstrate reveal significant increased decreased
            levels function loss damage repair response host defense pathogenesis signalling network metabolic
            oxidative stress apoptosis proliferation differentiation inhibitor agonist antagonist dose exposure""");
    private static final String[] ADJ = words("""
            Novel Emerging Systematic Comparative Longitudinal Integrative Molecular Clinical Genetic Immunological
            Metabolic Structural Functional Translational Multicentre Retrospective Prospective Quantitative""");
    private static final String[] NOUN = words("""
            insights perspectives mechanisms determinants markers outcomes pathways approaches signatures targets
            patterns drivers consequences predictors regulators""");
    private static final String[] TYPES = {"Diseases", "Diseases", "Diseases", "Diseases"};

    private final long seed;
    private final List<Term> mondo;
    private final List<Term> fullText;
    private final double[] mondoCdf;
    private final double[] fullTextCdf;
    private final String[] authorPool;
    private final double[] authorCdf;

    /** Reads the bundled slice's disease terms; {@code papers} sizes the author pool. */
    public SyntheticCards(long seed, int papers) throws IOException {
        this.seed = seed;
        Map<String, String> mondoLabels = labels("/ontologies/mondo-slice.ttl.gz");
        Map<String, String> meshLabels = labels("/ontologies/mesh-slice.ttl.gz");
        List<Term> m = new ArrayList<>();
        mondoLabels.forEach((iri, label) -> {
            if (iri.startsWith("http://purl.obolibrary.org/obo/MONDO_"))
                m.add(new Term("MONDO:" + iri.substring(iri.lastIndexOf('_') + 1), label));
        });
        List<Term> f = new ArrayList<>();
        for (String id : sliceIds()) {
            String iri = id.startsWith("MESH:") ? "http://id.nlm.nih.gov/mesh/" + id.substring(5)
                    : id.startsWith("OMIM:") ? "https://omim.org/entry/" + id.substring(5) : null;
            String label = iri == null ? null : meshLabels.getOrDefault(iri, mondoLabels.get(iri));
            if (label != null) f.add(new Term(id, label));
        }
        if (m.isEmpty() || f.isEmpty()) throw new IllegalStateException("the bundled slice has no disease terms");
        // a fixed, seed-dependent popularity order
        this.mondo = shuffled(m, new SplittableRandom(seed * 31 + 7));
        this.fullText = shuffled(f, new SplittableRandom(seed * 31 + 11));
        this.mondoCdf = zipf(mondo.size(), 1.05);
        this.fullTextCdf = zipf(fullText.size(), 1.0);
        // authors recur: a pool a third the size of the corpus (at least 500), drawn Zipf-like
        int pool = Math.max(500, papers / 3);
        SplittableRandom r = new SplittableRandom(seed * 31 + 13);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < pool) {
            String middle = r.nextInt(4) == 0 ? " " + (char) ('A' + r.nextInt(26)) + "." : "";
            names.add(GIVEN[r.nextInt(GIVEN.length)] + middle + " " + FAMILY[r.nextInt(FAMILY.length)]
                    + (names.size() >= GIVEN.length * FAMILY.length ? "-" + FAMILY[r.nextInt(FAMILY.length)] : ""));
        }
        this.authorPool = names.toArray(String[]::new);
        this.authorCdf = zipf(authorPool.length, 0.8);
    }

    /** Writes card number {@code i}: the same seed and number always give the same card. */
    public void card(int i, Writer w) throws IOException {
        SyntheticPaper p = paper(i);
        StringBuilder b = new StringBuilder(3000);
        b.append("# ").append(p.title()).append("\n\n");
        b.append("**Authors:** ").append(String.join(", ", p.authors())).append("\n\n");
        List<String> meta = new ArrayList<>();
        meta.add("PMC");
        if (p.cardPmid()) meta.add("PMID: " + p.pmid());
        if (p.doi() != null) meta.add("DOI: " + p.doi());
        if (p.date() != null) meta.add(p.date());
        b.append(String.join(" · ", meta)).append("\n\n");
        b.append("## TL;DR\n\n").append(p.tldr()).append("\n\n");
        b.append("## Contribution\n\n").append(p.contribution()).append("\n\n");
        b.append("## Key findings\n\n");
        for (String finding : p.keyFindings()) b.append("- ").append(finding).append('\n');
        b.append("\n## Abstract\n\n").append(p.abstractText()).append("\n\n");
        b.append("## Linked entities\n\n- **Diseases:** ").append(terms(p.linked())).append("\n\n");
        b.append("## Full-text entities\n\n- **").append(p.fullTextType()).append(":** ").append(terms(p.fullText())).append("\n\n");
        b.append("## Figures\n\n").append(p.figures()).append(" figures with captions in the complete paper: https://tomesphere.com/paper/")
                .append(p.pmcid()).append("/full.md\n\n");
        b.append("---\nSource: https://tomesphere.com/paper/").append(p.pmcid()).append("\n\n");
        w.write(b.toString());
    }

    private static String terms(Collection<Term> terms) {
        return String.join(", ", terms.stream().map(t -> t.label() + " (" + t.curie() + ")").toList());
    }

    /**
     * Paper number {@code i}, drawn from one random stream in a fixed order (the order the card is
     * written in, so the cards stay what they were before papers were drawn apart from cards).
     */
    public SyntheticPaper paper(int i) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        Term main = pick(mondo, mondoCdf, r);
        String title = ADJ[r.nextInt(ADJ.length)] + ' ' + NOUN[r.nextInt(NOUN.length)] + " in " + main.label() + ": "
                + capitalise(sentenceWords(r, 4, 8));
        int authors = 3 + r.nextInt(10);
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < authors) chosen.add(authorPool[index(authorCdf, r)]);
        boolean cardPmid = r.nextInt(100) < 40;
        String doi = r.nextInt(100) >= 10 ? "10." + (1000 + r.nextInt(9000)) + "/synth." + seed + "." + i : null;
        String date = null;
        int dateRoll = r.nextInt(100);
        if (dateRoll >= 8) {
            int year = 1990 + r.nextInt(37);
            if (dateRoll < 15) date = Integer.toString(year);
            else if (dateRoll < 25) date = String.format("%d-%02d", year, 1 + r.nextInt(12));
            else date = String.format("%d-%02d-%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        }
        String tldr = sentences(r, 1, 1, 12, 22);
        String contribution = sentences(r, 1, 1, 10, 18);
        List<String> findings = new ArrayList<>();
        for (int k = 2 + r.nextInt(3); k > 0; k--) findings.add(sentences(r, 1, 1, 8, 16));
        String abstractText = sentences(r, 5, 8, 14, 26);
        Set<Term> linked = new LinkedHashSet<>();
        linked.add(main);
        for (int k = r.nextInt(3) / 2; k > 0; k--) linked.add(pick(mondo, mondoCdf, r));
        String type = TYPES[r.nextInt(TYPES.length)];
        Set<Term> text = new LinkedHashSet<>();
        for (int k = 3 + r.nextInt(6); k > 0; k--) text.add(pick(fullText, fullTextCdf, r));
        int figures = 1 + r.nextInt(6);
        return new SyntheticPaper(i, title, List.copyOf(chosen), cardPmid, doi, date, tldr, contribution, findings, abstractText,
                List.copyOf(linked), type, List.copyOf(text), figures);
    }

    /** A full-text disease term drawn with the corpus's popularity (for a revised record's added heading). */
    Term fullTextTerm(SplittableRandom r) {
        return pick(fullText, fullTextCdf, r);
    }

    /** One sentence of the synthetic vocabulary (for a revised record's changed abstract). */
    String sentence(SplittableRandom r) {
        return sentences(r, 1, 1, 10, 20);
    }

    private String sentences(SplittableRandom r, int min, int max, int wmin, int wmax) {
        StringBuilder s = new StringBuilder();
        for (int n = min + r.nextInt(max - min + 1); n > 0; n--) {
            if (s.length() > 0) s.append(' ');
            s.append(capitalise(sentenceWords(r, wmin, wmax))).append('.');
        }
        return s.toString();
    }

    private String sentenceWords(SplittableRandom r, int min, int max) {
        StringBuilder s = new StringBuilder();
        for (int n = min + r.nextInt(max - min + 1); n > 0; n--) {
            if (s.length() > 0) s.append(' ');
            s.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Term pick(List<Term> terms, double[] cdf, SplittableRandom r) {
        return terms.get(index(cdf, r));
    }

    private static int index(double[] cdf, SplittableRandom r) {
        double u = r.nextDouble();
        int lo = 0, hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] < u) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Cumulative Zipf weights 1/rank^s, normalised. */
    private static double[] zipf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) cdf[k] = sum += 1 / Math.pow(k + 1, s);
        for (int k = 0; k < n; k++) cdf[k] /= sum;
        return cdf;
    }

    private static <T> List<T> shuffled(List<T> list, SplittableRandom r) {
        List<T> out = new ArrayList<>(list);
        for (int k = out.size() - 1; k > 0; k--) {
            int j = r.nextInt(k + 1);
            T t = out.get(k);
            out.set(k, out.get(j));
            out.set(j, t);
        }
        return out;
    }

    private static String[] words(String text) {
        return text.strip().split("\\s+");
    }

    private static List<String> sliceIds() throws IOException {
        try (InputStream in = resource("/ontologies/slice-ids.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    /** rdfs:label of each subject (English or plain; the first one, in a stable order). */
    private static Map<String, String> labels(String resource) throws IOException {
        Map<String, String> labels = new TreeMap<>();
        try (InputStream in = new GZIPInputStream(resource(resource))) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    Node o = t.getObject();
                    if (t.getPredicate().equals(RDFS.label.asNode()) && t.getSubject().isURI() && o.isLiteral()
                            && (o.getLiteralLanguage().isEmpty() || o.getLiteralLanguage().equals("en"))) {
                        String label = o.getLiteralLexicalForm().replaceAll("[,;()*_\\[\\]`#]", " ").replaceAll("\\s+", " ").strip();
                        if (!label.isEmpty() && !label.matches("[A-Z]\\d\\d(\\.\\d+)*"))
                            labels.merge(t.getSubject().getURI(), label, (a, c) -> a.compareTo(c) <= 0 ? a : c);
                    }
                }
            });
        }
        return labels;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SyntheticCards.class.getResourceAsStream(name);
        if (in == null) throw new IOException("missing resource " + name);
        return in;
    }
}
