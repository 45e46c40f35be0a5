User-agent: *
Allow: /
<#if page.baseUrl?has_content>Sitemap: ${page.baseUrl}sitemap.xml</#if>
