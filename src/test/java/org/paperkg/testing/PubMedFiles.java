package org.paperkg.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small PubMed XML files for sync tests: articles, and a DeleteCitation list at the end as NLM puts it. */
public final class PubMedFiles {

    /** One article: PMID, its version, title, PMCID (or null), authors as "Family Given", MeSH descriptor UIs. */
    public record Article(String pmid, int version, String title, String pmcid, List<String> authors, List<String> mesh) {
        public static Article of(String pmid, String title) {
            return new Article(pmid, 1, title, null, List.of("Smith Anna", "Jones Bo"), List.of("D003920"));
        }

        public Article version(int v) {
            return new Article(pmid, v, title, pmcid, authors, mesh);
        }

        public Article pmc(String id) {
            return new Article(pmid, version, title, id, authors, mesh);
        }

        public Article mesh(String... uis) {
            return new Article(pmid, version, title, pmcid, authors, List.of(uis));
        }
    }

    private PubMedFiles() {}

    public static Path write(Path file, List<Article> articles, List<String> deleted) throws IOException {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PubmedArticleSet>\n");
        for (Article a : articles) {
            x.append("<PubmedArticle><MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\"")
                    .append(a.version() > 1 ? " VersionID=\"" + a.version() + "\"" : "").append(">\n")
                    .append("<PMID Version=\"").append(a.version()).append("\">").append(a.pmid()).append("</PMID>\n")
                    .append("<Article><Journal><ISSN IssnType=\"Print\">0378-5955</ISSN><JournalIssue><PubDate><Year>2020</Year></PubDate>")
                    .append("</JournalIssue><Title>Hearing research</Title></Journal>\n<ArticleTitle>").append(a.title())
                    .append("</ArticleTitle>\n<Abstract><AbstractText>About ").append(a.title()).append(".</AbstractText></Abstract>\n<AuthorList>");
            for (String name : a.authors()) {
                String[] parts = name.split(" ", 2);
                x.append("<Author><LastName>").append(parts[0]).append("</LastName><ForeName>").append(parts[1])
                        .append("</ForeName><Initials>").append(parts[1].charAt(0)).append("</Initials></Author>");
            }
            x.append("</AuthorList></Article>\n<MeshHeadingList>");
            for (String ui : a.mesh()) x.append("<MeshHeading><DescriptorName UI=\"").append(ui).append("\">D</DescriptorName></MeshHeading>");
            x.append("</MeshHeadingList></MedlineCitation>\n<PubmedData><ArticleIdList><ArticleId IdType=\"pubmed\">").append(a.pmid())
                    .append("</ArticleId>");
            if (a.pmcid() != null) x.append("<ArticleId IdType=\"pmc\">").append(a.pmcid()).append("</ArticleId>");
            x.append("</ArticleIdList></PubmedData></PubmedArticle>\n");
        }
        if (!deleted.isEmpty()) {
            x.append("<DeleteCitation>\n");
            for (String pmid : deleted) x.append("<PMID Version=\"1\">").append(pmid).append("</PMID>\n");
            x.append("</DeleteCitation>\n");
        }
        x.append("</PubmedArticleSet>\n");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, x, StandardCharsets.UTF_8);
    }
}
