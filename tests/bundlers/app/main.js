// The three ways in, imported by package name as an app does; the test drives them through
// window.app.
import { createNewslens } from 'newslens';
import { NewslensClient } from 'newslens/client';
import { NewslensArticleElement } from 'newslens/element';

window.app = { createNewslens, NewslensClient, NewslensArticleElement };
