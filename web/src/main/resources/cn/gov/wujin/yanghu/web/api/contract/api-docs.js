// The API reference: Swagger UI on the document this server serves. "Try it out" sends real
// requests with the token given under "Authorize" (POST /api/v1/auth/token gives one).
window.addEventListener('load', function () {
    window.ui = SwaggerUIBundle({
        url: '../openapi.json',
        dom_id: '#api-reference',
        deepLinking: true,
        docExpansion: 'none',
        defaultModelsExpandDepth: 0,
        persistAuthorization: false,
        tryItOutEnabled: false,
        validatorUrl: null // no calls to an outside validator: the police network has no internet
    });
});
