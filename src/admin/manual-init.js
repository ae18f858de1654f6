// Decap CMS starts itself as soon as decap-cms.js runs; portal-cms.js starts it instead,
// once the portal's formats, fields and editor blocks are registered.
window.CMS_MANUAL_INIT = true;
