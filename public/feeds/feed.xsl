<?xml version="1.0" encoding="UTF-8"?>
<!--
  How a browser shows the archive's RSS feeds: as a page saying what the feed is and how to subscribe, with its entries
  as links. Text is copied as text (xsl:value-of), never as markup, so that source text in a feed stays data.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" />
  <xsl:template match="/rss/channel">
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title><xsl:value-of select="title" /> (RSS feed)</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/feeds/feed.css" />
      </head>
      <body>
        <main>
          <p class="feed-kind">RSS feed</p>
          <h1><xsl:value-of select="title" /></h1>
          <p><xsl:value-of select="description" /></p>
          <p class="subscribe">
            To subscribe, copy the address of this page from the address bar into a feed reader (any RSS reader or
            e-mail program that reads feeds). The newest entries are listed below.
          </p>
          <p><a href="/">Back to the COSI archive</a></p>
          <h2>Entries</h2>
          <ul>
            <xsl:for-each select="item">
              <li>
                <a href="{link}"><xsl:value-of select="title" /></a>
                <span class="date"><xsl:text> </xsl:text><xsl:value-of select="substring(pubDate, 6, 11)" /></span>
              </li>
            </xsl:for-each>
          </ul>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
