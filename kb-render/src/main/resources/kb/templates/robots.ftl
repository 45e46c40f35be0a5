User-agent: *
Allow: /
Sitemap: ${page.baseUrl}sitemap.xml
