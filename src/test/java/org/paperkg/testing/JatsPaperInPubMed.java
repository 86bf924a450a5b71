package org.paperkg.testing;

/**
 * The PubMed record of the PLoS ONE article of data/jats/pone.0000217.nxml.gz, written for the tests
 * (the shared data holds no PubMed record of its JATS articles): it keeps the real article's PMID,
 * title and authors and names only the PMID, so with the JATS file (PMID, PMC id, DOI) the two are
 * one paper, renamed to its PMC id.
 */
public final class JatsPaperInPubMed {

    private JatsPaperInPubMed() {}

    public static final String RECORD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <PubmedArticleSet><PubmedArticle>
              <MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">17299597</PMID>
                <Article PubModel="Electronic">
                  <Journal><ISSN IssnType="Electronic">1932-6203</ISSN>
                    <JournalIssue CitedMedium="Internet"><Volume>2</Volume><Issue>2</Issue>
                      <PubDate><Year>2007</Year><Month>Feb</Month><Day>14</Day></PubDate></JournalIssue>
                    <Title>PloS one</Title><ISOAbbreviation>PLoS One</ISOAbbreviation></Journal>
                  <ArticleTitle>Quantifying organismal complexity using a population genetic approach.</ArticleTitle>
                  <AuthorList CompleteYN="Y">
                    <Author ValidYN="Y"><LastName>Tenaillon</LastName><ForeName>Olivier</ForeName><Initials>O</Initials></Author>
                    <Author ValidYN="Y"><LastName>Silander</LastName><ForeName>Olin K</ForeName><Initials>OK</Initials></Author>
                    <Author ValidYN="Y"><LastName>Uzan</LastName><ForeName>Jean-Philippe</ForeName><Initials>JP</Initials></Author>
                    <Author ValidYN="Y"><LastName>Chao</LastName><ForeName>Lin</ForeName><Initials>L</Initials></Author>
                  </AuthorList>
                </Article>
              </MedlineCitation>
            </PubmedArticle></PubmedArticleSet>
            """;
}
