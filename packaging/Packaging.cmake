# CPack DEB packaging
